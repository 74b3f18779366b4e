import { render } from 'preact';
import '../../components/base.css';
import { prepareDates, t, uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './library.css';

document.documentElement.lang = uiLanguage();
document.title = t('library');
render(<App />, document.getElementById('app') as HTMLElement);
// After the first render has asked for the notes, while they are read: the list's dates then cost less.
setTimeout(prepareDates, 0);
