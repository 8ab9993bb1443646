// The only script on the page, and optional: it adds "expand / collapse all"
// buttons and opens a folded article when a link targets it. Everything else
// (view switch, folding) is plain HTML + CSS and works with scripts off. The
// Content-Security-Policy allows exactly this script by its SHA-256 hash.
import { createHash } from 'node:crypto';

export const PAGE_SCRIPT = `(function () {
  'use strict';
  var folds = function () { return document.querySelectorAll('details.fold'); };
  var tools = document.getElementById('fold-tools');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-fold]');
      if (!button) return;
      var open = button.getAttribute('data-fold') === 'open';
      folds().forEach(function (d) { d.open = open; });
    });
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var fold = target && target.querySelector('details.fold');
    if (fold) fold.open = true;
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();`;

/** `'sha256-…'` source expression for the CSP. */
export const PAGE_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PAGE_SCRIPT, 'utf8').digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src ${PAGE_SCRIPT_HASH}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
