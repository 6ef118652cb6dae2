import { showDialogPage, showSidebarPage } from '../gas/htmlPanels';

/** Menu "Rate a PM…": the rating sidebar (src/ui/sidebar). */
export function showSidebar(): void {
  showSidebarPage('Sidebar', 'Career Ladder');
}

/** Menu "Set up or refresh the workbook…": the set-up dialog (src/ui/setup). */
export function showSetupDialog(): void {
  showDialogPage('Setup', 'Set up the calibration workbook', { width: 640, height: 560 });
}
