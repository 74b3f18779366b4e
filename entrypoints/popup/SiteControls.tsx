/** "Pause on this site" for a running page; "Enable on this site" (optional host permission) elsewhere. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { TabInfo } from '../../lib/messages';
import { isPaused, setPaused } from '../../lib/store/settings';

export function SiteControls(props: { tabId: number; info: TabInfo | null; onChanged: () => void }) {
  const [host, setHost] = useState<string | null>(null);
  const [origin, setOrigin] = useState<string | null>(null);
  const [paused, setPausedState] = useState(false);

  useEffect(() => {
    void browser.tabs.get(props.tabId).then(async (tab) => {
      const url = tab.url ?? props.info?.url ?? '';
      if (!/^https?:/.test(url)) return;
      const u = new URL(url);
      setHost(u.hostname);
      setOrigin(`${u.protocol}//${u.hostname}/*`);
      setPausedState(await isPaused(u.hostname));
    });
  }, [props.tabId, props.info]);

  if (!host || !origin) return null;
  if (props.info) {
    return (
      <button
        type="button"
        aria-pressed={paused}
        onClick={async () => {
          await setPaused(host, !paused);
          setPausedState(!paused);
          props.onChanged();
        }}
      >
        {paused ? t('resumeSite') : t('pauseSite')}
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={async () => {
        const granted = await browser.permissions.request({ origins: [origin] });
        if (!granted) return;
        await browser.scripting.executeScript({
          target: { tabId: props.tabId },
          files: ['/content-scripts/content.js'],
        });
        props.onChanged();
      }}
    >
      {t('enableSite')}
    </button>
  );
}
