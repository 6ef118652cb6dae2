import * as z from 'zod/mini';
import { DOC_KINDS, type DocKind } from './docKinds';

/**
 * Which template each doc kind uses, kept in the workbook's document properties (one small JSON
 * value, far below the 9 KB per value limit):
 * - no entry: the built-in template, straight from data;
 * - `custom: false`: the built-in template written into a Google Doc the manager can open and
 *   edit (`writtenTime` is that doc's Drive modifiedTime when the add-on finished writing it:
 *   while it is unchanged the doc says exactly what the data says, so the data is used and the
 *   doc is not read; once someone edits it, the doc is the template);
 * - `custom: true`: the team's own Google Doc, read every time.
 */
export const DOC_TEMPLATES_PROPERTY = 'careerLadder.docTemplates';

export const templateSettingSchema = z.object({
  docId: z.string().check(z.minLength(1)),
  custom: z.boolean(),
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

/** Document property key of the Drive modifiedTime a generated doc had when the add-on finished it. */
export function writtenTimeKey(docId: string): string {
  return `careerLadder.docWritten.${docId}`;
}
