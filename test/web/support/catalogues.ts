import { readdirSync } from 'node:fs';
import { join } from 'node:path';

type Texts = { [key: string]: string | Texts };
export type Language = 'nl' | 'en';

const i18nDir = join(__dirname, '..', '..', '..', 'apps', 'web', 'src', 'i18n');

/** The shell's catalogue and every area's, per language, as `[file, texts]`; read from the sources the app builds. */
function catalogues(language: Language): Map<string, Texts> {
  const files = [
    join(i18nDir, `${language}.ts`),
    ...readdirSync(join(i18nDir, 'areas'))
      .filter((file) => file.endsWith(`.${language}.ts`))
      .map((file) => join(i18nDir, 'areas', file)),
  ];
  return new Map(
    files.map((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- Playwright compiles the TypeScript on require
      const exported = Object.values(require(file) as Record<string, unknown>).find(
        (value): value is Texts => typeof value === 'object' && value !== null,
      );
      if (!exported) throw new Error(`${file} exports no catalogue`);
      return [file.replace(`.${language}.ts`, '').replace(`${language}.ts`, 'shell'), exported];
    }),
  );
}

function flatten(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(texts)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

/**
 * Sentences that exist only in the other language's catalogue: one of them on a page means a text was written
 * into a component, or a fallback to the other language. Only the longest literal part of each text counts
 * (interpolations removed), and only when it is long enough not to be a shared word such as "Status" or "Werkbrug".
 */
export function otherLanguageSentences(language: Language): string[] {
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const own = catalogues(language);
  const theirs = catalogues(other);
  const ownTexts = new Set<string>();
  for (const texts of own.values()) for (const text of flatten(texts).values()) ownTexts.add(text);
  const sentences = new Set<string>();
  for (const [file, texts] of theirs) {
    const ownFlat = flatten(own.get(file) ?? {});
    for (const [key, text] of flatten(texts)) {
      if (ownFlat.get(key) === text || ownTexts.has(text)) continue;
      const longest = text
        .split(/\{\{[^}]*\}\}|<[^>]*>|\n/)
        .map((part) => part.trim())
        .sort((a, b) => b.length - a.length)[0];
      if (longest && longest.length >= 14 && longest.includes(' ')) sentences.add(longest);
    }
  }
  return [...sentences];
}
