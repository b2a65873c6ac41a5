import { Alert, Button, Fieldset, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormCard } from '@web/components/form-card';
import { type NetworkChoice, NetworkSelect } from '@web/components/network-select';
import { zonedToIso } from '@web/format/zoned-time';
import { actionMessage, refusedFields } from '@web/graphql/errors';
import { CreateSessionMutation } from './session-actions.graphql';
import { TEAM_PATHS } from './team-paths';

const NUMBERS = {
  slotCount: { initial: 8, min: 1, max: 48 },
  slotMinutes: { initial: 15, min: 5, max: 120 },
  tableCount: { initial: 10, min: 1, max: 500 },
  minMeetingsPerCandidate: { initial: 1, min: 0, max: 48 },
  maxMeetingsPerCandidate: { initial: 3, min: 1, max: 48 },
  maxMeetingsPerRepresentative: { initial: 7, min: 1, max: 48 },
  breakAfter: { initial: '', min: 1, max: 47 },
  breakMinutes: { initial: 15, min: 1, max: 240 },
} as const;
type NumberField = keyof typeof NUMBERS;
const NUMBER_FIELDS = Object.keys(NUMBERS) as NumberField[];
const TEXTS = ['title', 'venue', 'date', 'firstSlotStart', 'deadlineDate', 'deadlineTime'] as const;
type TextField = (typeof TEXTS)[number];
type ValueField = TextField | NumberField;
/** The network is chosen, never typed: not in `Values`, and only ever refused as unknown. */
type Field = ValueField | 'networkId';
type Values = Record<TextField, string> & Record<NumberField, number | string>;

const INITIAL: Values = {
  title: '',
  venue: '',
  date: '',
  firstSlotStart: '13:00',
  deadlineDate: '',
  deadlineTime: '17:00',
  ...(Object.fromEntries(Object.entries(NUMBERS).map(([k, v]) => [k, v.initial])) as Record<
    NumberField,
    number
  >),
};

/** Where the gateway's field path shows in this form. */
function formField(path: string): Field | undefined {
  if (path.startsWith('breaks')) return path.endsWith('minutes') ? 'breakMinutes' : 'breakAfter';
  if (path === 'registrationDeadline') return 'deadlineDate';
  if (path === 'networkId') return 'networkId';
  return ([...TEXTS, ...NUMBER_FIELDS] as string[]).includes(path) ? (path as Field) : undefined;
}

/**
 * Sets up a session: the day, the place, the rounds with an optional break, the tables and the maxima; for the whole
 * region or, fixed from then on, one of its networks (`networks`: the region's).
 */
export function SessionCreateForm({ networks }: { networks: readonly NetworkChoice[] | undefined }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(INITIAL);
  const [networkId, setNetworkId] = useState('');
  const [tried, setTried] = useState(false);
  const [{ fetching, error }, create] = useMutation(CreateSessionMutation);
  const [refused, setRefused] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string>();

  const missing = (field: ValueField) =>
    String(values[field]).trim() === '' ? t('team.sessionForm.required') : undefined;
  const required: ValueField[] = [...TEXTS, ...NUMBER_FIELDS.filter((f) => f !== 'breakAfter')];
  const problems: Partial<Record<Field, string>> = {};
  for (const field of required) problems[field] = missing(field);
  const errorOf = (field: Field) => refused[field] ?? (tried ? problems[field] : undefined);

  const submit = async () => {
    setTried(true);
    setRefused({});
    setGeneral(undefined);
    if (Object.values(problems).some(Boolean)) return;
    const number = (field: NumberField) => Number(values[field]);
    const breaks =
      values.breakAfter === '' ? [] : [{ afterSlot: number('breakAfter'), minutes: number('breakMinutes') }];
    const result = await create({
      input: {
        title: values.title.trim(),
        venue: values.venue.trim(),
        date: values.date,
        firstSlotStart: values.firstSlotStart,
        slotCount: number('slotCount'),
        slotMinutes: number('slotMinutes'),
        tableCount: number('tableCount'),
        breaks,
        minMeetingsPerCandidate: number('minMeetingsPerCandidate'),
        maxMeetingsPerCandidate: number('maxMeetingsPerCandidate'),
        maxMeetingsPerRepresentative: number('maxMeetingsPerRepresentative'),
        registrationDeadline: zonedToIso(values.deadlineDate, values.deadlineTime) ?? '',
      },
      networkId: networkId || null,
    });
    if (result.error) {
      const fields = refusedFields(result.error);
      const own =
        fields.length === 1 ? actionMessage(result.error, i18n.language, t) : t('team.sessionForm.invalid');
      const shown: Partial<Record<Field, string>> = {};
      for (const path of fields) {
        const field = formField(path);
        if (field) shown[field] = own;
      }
      setRefused(shown);
      if (Object.keys(shown).length === 0) setGeneral(actionMessage(result.error, i18n.language, t));
      return;
    }
    if (result.data) void navigate(TEAM_PATHS.session(result.data.createMeetAndGreetSession.id));
  };

  const text = (field: TextField, type?: string) => ({
    label: t(`team.sessionForm.${field}`),
    type,
    required: true,
    value: values[field],
    error: errorOf(field),
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
  });
  const number = (field: NumberField) => ({
    label: t(`team.sessionForm.${field}`),
    min: NUMBERS[field].min,
    max: NUMBERS[field].max,
    allowDecimal: false,
    value: values[field],
    error: errorOf(field),
    onChange: (value: number | string) => setValues((v) => ({ ...v, [field]: value })),
  });

  return (
    <FormCard id="session-create" title={t('team.sessionForm.heading')} onSubmit={() => void submit()}>
      {general && error && (
        <Alert color="red" role="alert">
          {general}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('title')} maxLength={200} />
        <TextInput {...text('venue')} maxLength={300} />
        <TextInput {...text('date', 'date')} />
        <TextInput {...text('firstSlotStart', 'time')} />
      </SimpleGrid>
      <NetworkSelect
        networks={networks}
        value={networkId}
        onChange={setNetworkId}
        label={t('team.sessionForm.network')}
        description={t('team.sessionForm.networkHelp')}
        noNetworkLabel={t('team.sessionForm.wholeRegion')}
        error={refused.networkId}
      />
      <Fieldset legend={t('team.sessionForm.rounds')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput {...number('slotCount')} required />
          <NumberInput {...number('slotMinutes')} required />
          <NumberInput {...number('tableCount')} required />
          <NumberInput {...number('breakAfter')} description={t('team.sessionForm.breakHelp')} />
          <NumberInput {...number('breakMinutes')} required />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('team.sessionForm.meetings')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput {...number('minMeetingsPerCandidate')} required />
          <NumberInput {...number('maxMeetingsPerCandidate')} required />
          <NumberInput {...number('maxMeetingsPerRepresentative')} required />
        </SimpleGrid>
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...text('deadlineDate', 'date')} description={t('team.sessionForm.deadlineHelp')} />
        <TextInput {...text('deadlineTime', 'time')} />
      </SimpleGrid>
      <Button type="submit" loading={fetching} style={{ alignSelf: 'flex-start' }}>
        {t('team.sessionForm.submit')}
      </Button>
    </FormCard>
  );
}
