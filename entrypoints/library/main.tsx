import { render } from 'preact';
import '../../components/base.css';
import { t, uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './library.css';

document.documentElement.lang = uiLanguage();
document.title = t('library');
render(<App />, document.getElementById('app') as HTMLElement);
