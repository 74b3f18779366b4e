import { render } from 'preact';
import '../../components/base.css';
import { uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './popup.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app') as HTMLElement);
