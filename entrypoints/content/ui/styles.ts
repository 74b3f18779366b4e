/** Styles of the in-page UI, scoped by the shadow root; light and dark schemes. */
export { default as UI_CSS } from './ui.css?inline';
