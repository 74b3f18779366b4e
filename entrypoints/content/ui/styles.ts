/** Styles of the in-page UI, scoped by the shadow root; light and dark schemes. */
export const UI_CSS = `
:host { all: initial; }
.pm-root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d1d1f;
  --pm-bg: #ffffff; --pm-border: #d0d0d7; --pm-accent: #c2410c; --pm-fg: #1d1d1f; --pm-muted: #5b5b66; }
@media (prefers-color-scheme: dark) { .pm-root { --pm-bg: #23232a; --pm-border: #4a4a55; --pm-fg: #f2f2f5; --pm-muted: #b4b4c0; --pm-accent: #fb923c; color: #f2f2f5; } }
.pm-toolbar, .pm-card, .pm-toast { position: absolute; background: var(--pm-bg); color: var(--pm-fg); border: 1px solid var(--pm-border);
  border-radius: 8px; box-shadow: 0 4px 18px rgba(0,0,0,.18); z-index: 2147483647; }
.pm-toolbar { display: flex; align-items: center; gap: 6px; padding: 5px 6px; width: max-content; }
.pm-swatches { display: flex; gap: 3px; }
.pm-swatch { width: 20px; height: 20px; border-radius: 50%; border: 1px solid var(--pm-border); padding: 0; cursor: pointer; }
.pm-swatch[aria-pressed="true"] { outline: 2px solid var(--pm-fg); outline-offset: 1px; }
.pm-button { font: inherit; color: var(--pm-fg); background: transparent; border: 1px solid var(--pm-border); border-radius: 6px; padding: 3px 9px; cursor: pointer; }
.pm-button:hover { border-color: var(--pm-accent); }
.pm-primary { background: var(--pm-accent); border-color: var(--pm-accent); color: #fff; }
button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid var(--pm-accent); outline-offset: 2px; }
.pm-card { width: 320px; padding: 10px; display: flex; flex-direction: column; gap: 8px; }
.pm-card textarea, .pm-card input { font: inherit; color: var(--pm-fg); background: var(--pm-bg); border: 1px solid var(--pm-border); border-radius: 6px; padding: 6px; resize: vertical; }
.pm-quote { margin: 0; padding-left: 8px; border-left: 3px solid var(--pm-accent); color: var(--pm-muted); max-height: 4.5em; overflow: hidden; }
.pm-row { display: flex; gap: 6px; align-items: center; }
.pm-spacer { flex: 1; }
.pm-error { margin: 0; color: #b91c1c; font-weight: 600; }
.pm-tooltip { position: absolute; max-width: 320px; padding: 4px 8px; font-size: 12px; pointer-events: none; white-space: pre-wrap;
  background: var(--pm-fg); color: var(--pm-bg); border-radius: 6px; }
/* The toast has its own place: the panel it reports on may be closed already. */
.pm-toast { position: fixed; right: 16px; bottom: 16px; left: auto; top: auto; max-width: 360px; padding: 8px 12px; }
.pm-badge { position: absolute; width: 18px; height: 18px; line-height: 16px; font-size: 11px; text-align: center; padding: 0;
  border-radius: 50%; border: 1px solid var(--pm-accent); background: var(--pm-bg); color: var(--pm-accent); cursor: pointer; }
`;

/** Estimated panel sizes, used to keep panels inside the viewport. */
export const PANEL_SIZE = { toolbar: { width: 340, height: 40 }, card: { width: 322, height: 230 } } as const;
