import { render } from 'preact';

render(<p>PolicyMark</p>, document.getElementById('app') as HTMLElement);
