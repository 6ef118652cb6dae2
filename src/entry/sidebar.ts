import type { SetupContext, SidebarContext, TeamMember } from '../core/api';
import type { PersonRecord } from '../core/workbook/model';
import { listLadders } from './ladders';
import { findTeam, readSettings, setUpPeople } from '../gas/workbookReader';
import { activeSpreadsheet } from '../gas/workbookSpreadsheet';
import { describeTeamProblems } from '../core/workbook/teamSheetRead';
import { teamSheetProblems } from '../core/messages';

/**
 * What the sidebar and the set-up dialog ask for when they open: one call each, so a panel
 * shows its first content after one round trip to Google.
 */

const member = (p: Pick<PersonRecord, 'id' | 'name' | 'email' | 'level' | 'targetLevel'>): TeamMember => ({
  id: p.id,
  name: p.name,
  email: p.email,
  level: p.level,
  targetLevel: p.targetLevel,
});

/**
 * getSidebarContext(): the PMs who can be rated (each has a rating sheet), the PM whose sheet is
 * active (the sidebar opens on them), and which optional features this build has.
 * 7 calls: spreadsheet, Team sheet (2), ladder (2), active sheet (2); before set-up, 3 (the
 * spreadsheet, the Team sheet's columns, and whether there is a Team sheet).
 */
export function getSidebarContext(): SidebarContext {
  // Every build exports createGrowthPlan (test/build/bundle.test.ts), so its button always shows.
  const features = { growthPlan: true };
  // Before set-up the sidebar offers the set-up dialog: a reply, not a refusal.
  const team = findTeam();
  if (!team) return { people: [], activePersonId: null, features };
  const { checked } = team;
  if (checked.problems.length > 0) throw teamSheetProblems(describeTeamProblems(checked.problems));
  const people = setUpPeople(checked).filter((p) => !p.archived);
  const activeSheet = activeSpreadsheet().getActiveSheet().getName();
  const active = people.find((p) => p.sheetName === activeSheet);
  return { people: people.map(member), activePersonId: active ? active.id : null, features };
}

/**
 * getSetupContext(): the built-in ladders, and for a workbook already set up its ladder, cycle
 * and team as the Team sheet holds them (problems included: the dialog is where they get fixed).
 */
export function getSetupContext(): SetupContext {
  const ladders = listLadders();
  const found = findTeam();
  if (found) {
    const { settings, checked } = found;
    const team = checked.active.filter((e) => e.name !== '').map(member);
    return { ladders, current: { ladderId: settings.ladderId, cycle: settings.cycle }, team };
  }
  const settings = readSettings();
  return { ladders, current: settings ? { ladderId: settings.ladderId, cycle: settings.cycle } : null, team: [] };
}
