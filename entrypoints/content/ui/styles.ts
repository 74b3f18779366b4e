/** Styles of the in-page UI, scoped by the shadow root; light and dark schemes. */
export { default as UI_CSS } from './ui.css?inline';

/** Estimated panel sizes, used to keep panels inside the viewport. */
export const PANEL_SIZE = { toolbar: { width: 340, height: 40 }, card: { width: 322, height: 230 } } as const;
