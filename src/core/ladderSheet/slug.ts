/**
 * Ids are stable slugs (docs/ARCHITECTURE.md, Ladder files): ratings refer to sub-skills by id. A person
 * writing a ladder by hand may leave ids blank; they are made from the names, and written
 * back into the sheet once the ladder is used, so that renaming afterwards keeps them.
 */
const MAX_SLUG = 60;

export function slugFromName(name: string, fallback: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Qualité" -> "qualite"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return fallback;
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
