import { ConflictError, NotFoundError } from '@werkbrug/core';

export class SessionNotFoundError extends NotFoundError {
  constructor() {
    super('Meet-and-greet session', 'Matchingsbijeenkomst');
  }
}

export class ParticipantNotFoundError extends NotFoundError {
  constructor() {
    super('Session participant', 'Deelnemer');
  }
}

export class MeetingNotFoundError extends NotFoundError {
  constructor() {
    super('Meeting', 'Gesprek');
  }
}

export class SessionClosedError extends ConflictError {
  constructor() {
    super({
      en: 'This session is closed; its plan can no longer change.',
      nl: 'Deze bijeenkomst is afgesloten; de planning kan niet meer veranderen.',
    });
  }
}

export class RegistrationClosedError extends ConflictError {
  constructor() {
    super({
      en: 'The registration deadline has passed; ask the mobility team to register you late.',
      nl: 'De aanmeldtermijn is verstreken; vraag het mobiliteitsteam je alsnog aan te melden.',
    });
  }
}
