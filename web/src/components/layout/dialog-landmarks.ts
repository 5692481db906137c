// Element Plus draws a dialog's header and footer as <header> and <footer>, and our dialogs are appended to
// <body>: outside any article, main or section those elements are the page's banner and content-info landmarks,
// so an open dialog gave a screen reader two of each, both unnamed (axe's landmark-unique flagged the app's
// header and footer). A dialog's header and footer are parts of the dialog, not landmarks: role "none" says so.
const SELECTOR = 'header.el-dialog__header:not([role]), footer.el-dialog__footer:not([role])';

function mark(node: Node): void {
  if (!(node instanceof Element)) return;
  if (node.matches(SELECTOR)) node.setAttribute('role', 'none');
  // A dialog's content is mounted (with its header and footer) when it first opens.
  else if (
    node.getElementsByClassName('el-dialog__header').length ||
    node.getElementsByClassName('el-dialog__footer').length
  )
    node.querySelectorAll(SELECTOR).forEach((el) => el.setAttribute('role', 'none'));
}

/** Watches for dialogs as they are mounted; the attribute is set before the browser paints them. */
export function keepDialogsOutOfLandmarks(root: HTMLElement = document.body): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark);
  });
  observer.observe(root, { childList: true, subtree: true });
  mark(root);
  return observer;
}
