import { InvalidInputError } from '@werkbrug/core';

export class SuggestionTextEmptyError extends InvalidInputError {
  constructor() {
    super(
      { en: 'Enter a text to suggest skills from.', nl: 'Vul een tekst in om vaardigheden uit te halen.' },
      { field: 'text', reason: 'SUGGESTION_TEXT_EMPTY' },
    );
  }
}

export class SuggestionTextTooLongError extends InvalidInputError {
  constructor(maxLength: number) {
    super(
      {
        en: `The text is too long: at most ${maxLength} characters.`,
        nl: `De tekst is te lang: maximaal ${maxLength} tekens.`,
      },
      { field: 'text', maxLength, reason: 'SUGGESTION_TEXT_TOO_LONG' },
    );
  }
}

export class SkillListedTwiceError extends InvalidInputError {
  constructor(field: string) {
    super(
      { en: 'A skill is listed more than once.', nl: 'Een vaardigheid staat er meer dan eens in.' },
      { field, reason: 'SKILL_LISTED_TWICE' },
    );
  }
}

export class UnknownSkillError extends InvalidInputError {
  constructor(id: string, field: string) {
    super(
      { en: `Unknown ESCO skill "${id}".`, nl: `Onbekende ESCO-vaardigheid "${id}".` },
      { field, reason: 'UNKNOWN_SKILL' },
    );
  }
}

export class UnknownOccupationError extends InvalidInputError {
  constructor(id: string, field: string) {
    super(
      { en: `Unknown ESCO occupation "${id}".`, nl: `Onbekend ESCO-beroep "${id}".` },
      { field, reason: 'UNKNOWN_OCCUPATION' },
    );
  }
}
