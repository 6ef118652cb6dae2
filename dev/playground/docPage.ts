import { escapeHtml } from '../workspace/docs';

/** A document the add-on wrote, as a page like Google Docs shows it (the body comes escaped from docToHtml). */
export function docPage(name: string, bodyHtml: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<style>
  body { margin: 0; background: #f8f9fa; font: 11pt Arial, sans-serif; color: #202124; }
  .paper { max-width: 816px; margin: 24px auto; background: #fff; padding: 72px 96px; box-shadow: 0 1px 3px rgba(60,64,67,.3); min-height: 900px; }
  h1.title { font-size: 26pt; font-weight: 400; margin: 0 0 8px; }
  h1 { font-size: 20pt; font-weight: 400; } h2 { font-size: 16pt; font-weight: 400; } h3 { font-size: 14pt; font-weight: 400; color: #434343; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; } td, th { border: 1px solid #9aa0a6; padding: 5px 7px; vertical-align: top; }
  p { margin: 0 0 6px; line-height: 1.4; }
</style></head>
<body><div class="paper">${bodyHtml}</div></body></html>`;
}
