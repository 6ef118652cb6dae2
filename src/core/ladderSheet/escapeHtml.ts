/** Text from a sheet or a ladder, made safe to put into HTML (DESIGN.md section 9: everything shown is escaped). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
