import type { PersonalData } from './personal-data';

/** Dutch and English names of the kinds of data, for the readable summary; other tables show their own name. */
const TABLE_LABELS: Record<string, [string, string]> = {
  candidate_profile: ['Je profiel', 'Your profile'],
  candidate_identity: ['Je persoonsgegevens', 'Your identity'],
  candidate_strength: ['Je sterke punten (vaardigheden)', 'Your strengths (skills)'],
  candidate_development_skill: ['Wat je nog wilt leren', 'Skills you want to develop'],
  candidate_shared_employer: [
    'Werkgevers met wie je je profiel deelt',
    'Employers you share your profile with',
  ],
  user_account: ['Je account', 'Your account'],
  account_event: ['Wat er met je account gebeurde', 'What happened to your account'],
  job_seeker_invitation: ['Uitnodigingen voor je account', 'Invitations for your account'],
  identity_access_log: ['Wie je gegevens inzag of wijzigde', 'Who viewed or changed your details'],
  identity_disclosure: ['Werkgevers die je naam mogen zien', 'Employers allowed to see your name'],
  consent_statement: ['Toestemming die namens jou is vastgelegd', 'Consent recorded on your behalf'],
  consent_record: ['Je toestemmingen, met de getoonde tekst', 'Your consents, with the text shown'],
  match_case: ['Je matches met vacatures', 'Your matches with vacancies'],
  match_case_event: ['Verloop van je matches', 'History of your matches'],
  match_rating: ['Beoordelingen van voorstellen', 'Ratings of suggestions'],
  session_candidate: [
    'Matchbijeenkomsten waarvoor je bent uitgenodigd',
    'Matching meetings you were invited to',
  ],
  session_meeting: ['Je gesprekken op matchbijeenkomsten', 'Your conversations at matching meetings'],
  session_wish: ['Wensen voor gesprekken', 'Wishes for conversations'],
  session_unmet_wish: ['Wensen die niet konden worden ingepland', 'Wishes that could not be planned'],
  placement: ['Detacheringen en proefplaatsingen', 'Secondments and trial placements'],
  placement_event: ['Verloop van je plaatsingen', 'History of your placements'],
  notification: ['Berichten aan jou', 'Messages to you'],
  erasure_request: ['Verzoeken om verwijdering', 'Requests for erasure'],
  data_export: ['Eerdere downloads van je gegevens', 'Earlier downloads of your data'],
};

export function tableLabel(table: string): { nl: string; en: string } {
  const [nl, en] = TABLE_LABELS[table] ?? [table, table];
  return { nl, en };
}

/** A readable page of everything in the export: one section per kind of data, one table per section. */
export function renderPersonalDataHtml(data: PersonalData, generatedAt: Date): string {
  const sections = Object.entries(data.tables).map(([table, rows]) => {
    const label = tableLabel(table);
    const heading = `<h2>${escape(label.nl)} <span lang="en">/ ${escape(label.en)}</span></h2>`;
    if (rows.length === 0)
      return `<section>${heading}<p>Niets opgeslagen. <span lang="en">Nothing stored.</span></p></section>`;
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
    const body = rows
      .map((r) => `<tr>${columns.map((c) => `<td>${escape(display(r[c]))}</td>`).join('')}</tr>`)
      .join('\n');
    return `<section>${heading}<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></section>`;
  });
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Je gegevens bij Werkbrug</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } span[lang=en] { color: #555; font-weight: normal; }
.scroll { overflow-x: auto; } table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
</style>
</head>
<body>
<h1>Je gegevens bij Werkbrug <span lang="en">/ Your data at Werkbrug</span></h1>
<p>Gemaakt op ${escape(generatedAt.toISOString())}. Dit is alles wat Werkbrug over je bewaart; het JSON-bestand bevat
hetzelfde in een vorm die een computer kan lezen.
<span lang="en">Everything Werkbrug keeps about you; the JSON file holds the same for computers.</span></p>
${sections.join('\n')}
</body>
</html>
`;
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${value}`;
  return JSON.stringify(value) ?? '';
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
