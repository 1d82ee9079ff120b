// Content script for CBP ACE hosts.
//
//   page load / SPA navigation
//          |
//   detect page (lib/ace)  -->  mount <ace-assist-overlay> (shadow root, React)
//          |                         |
//          +--> features (later)     +--> background via lib/messaging (zod-checked)
//
// Thin on purpose: everything that can be DOM-free lives in lib/.
import ReactDOM from 'react-dom/client';
import { hostMatches } from '@/lib/permissions/manifest-policy';
import { Overlay } from './Overlay';
import './style.css';

export default defineContentScript({
  matches: hostMatches,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'ace-assist-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, _shadow, host) {
        host.dataset.pageId = 'unknown-ace';
        const root = ReactDOM.createRoot(container);
        root.render(<Overlay />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
