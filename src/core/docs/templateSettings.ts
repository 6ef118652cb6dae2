import * as z from 'zod/mini';
import { DOC_KINDS, type DocKind } from './docKinds';

/**
 * Which template each doc kind uses, kept in the workbook's document properties (one small JSON
 * value, far below the 9 KB per value limit):
 * - no entry: the built-in template, straight from data;
 * - `custom: false`: the built-in template written into a Google Doc the manager can open and
 *   edit (`writtenHash` is the hash of that doc's text when the add-on finished writing it:
 *   while the text hashes the same the doc says exactly what the data says, so the data is used
 *   and the doc's elements are not read; once someone edits it, the doc is the template). A
 *   setting from an older version holds `writtenTime` instead: without a hash the doc is read.
 *   The doc lives in the Drive of the editor who listed the templates first; the setting is
 *   shared by every editor and is never replaced because another editor cannot open the doc;
 * - `custom: true`: the team's own Google Doc, read every time.
 */
export const DOC_TEMPLATES_PROPERTY = 'careerLadder.docTemplates';

export const templateSettingSchema = z.object({
  docId: z.string().check(z.minLength(1)),
  custom: z.boolean(),
  writtenHash: z.optional(z.string()),
  /** Older versions: Drive's modifiedTime at writing; no longer compared (Google may move it after a save). */
  writtenTime: z.optional(z.string()),
});
export type TemplateSetting = z.infer<typeof templateSettingSchema>;

export const templateSettingsSchema = z.partialRecord(z.enum(DOC_KINDS), templateSettingSchema);
export type TemplateSettings = Partial<Record<DocKind, TemplateSetting>>;

/** The stored settings; a value that does not parse (hand-edited, older) counts as none. */
export function parseTemplateSettings(raw: string | null | undefined): TemplateSettings {
  if (!raw) return {};
  try {
    const parsed = templateSettingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as TemplateSettings) : {};
  } catch {
    return {};
  }
}
