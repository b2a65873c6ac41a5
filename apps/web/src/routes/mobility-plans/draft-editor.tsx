import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type {
  FinancialElementInput,
  FinancialElementKind,
  MobilityPathInput,
  MobilityPathKind,
  PlanVersionPartsFragment,
} from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { PublishMobilityPlanMutation, SaveMobilityPlanDraftMutation } from './mobility-plans.graphql';
import { type DraftValues, draftValuesOf } from './plan-draft';
import { usePlanText } from './use-plan-text';

type Localised = { nl: string; en: string };

/** The numbers each kind of amount needs, in the order the form shows them (the API checks the same). */
const NUMBERS: Record<FinancialElementKind, (keyof FinancialElementInput)[]> = {
  TRANSITION_PAYMENT: ['factor', 'month'],
  LUMP_SUM: ['amountEur', 'month'],
  SALARY_SUPPLEMENT: ['months', 'month'],
  CONTINUED_SALARY: ['months', 'percent'],
  EXPECTED_SALARY: ['percent', 'fromMonth'],
};

const PATH_KINDS: MobilityPathKind[] = ['TAKEOVER', 'NEW_EMPLOYER', 'GUIDANCE', 'OWN_WAY', 'OTHER'];
const ELEMENT_KINDS = Object.keys(NUMBERS) as FinancialElementKind[];

/**
 * The draft's whole content in one form: the plan, its paths with their help and amounts, and the information
 * guide, each text in Dutch and English. Saving replaces the draft; publishing freezes what was saved.
 */
export function DraftEditor({
  planId,
  draft,
  onPublished,
}: {
  planId: string;
  draft: PlanVersionPartsFragment;
  onPublished: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { text } = usePlanText();
  const [values, setValues] = useState<DraftValues>(() => draftValuesOf(draft));
  const [dirty, setDirty] = useState(false);
  const [saving, save] = useMutation(SaveMobilityPlanDraftMutation);
  const [publishing, publish] = useMutation(PublishMobilityPlanMutation);
  const [notice, setNotice] = useState<string | null>(null);
  // The version of the draft this form last saw: the save's answer, before the page's query has caught up.
  const [basedOn, setBasedOn] = useState(draft.updatedAt);

  const change = (next: DraftValues) => {
    setValues(next);
    setDirty(true);
    setNotice(null);
  };
  const setPath = (i: number, patch: Partial<MobilityPathInput>) =>
    change({ ...values, paths: values.paths.map((p, k) => (k === i ? { ...p, ...patch } : p)) });
  const setElement = (i: number, j: number, patch: Partial<FinancialElementInput>) =>
    setPath(i, { elements: values.paths[i].elements.map((e, k) => (k === j ? { ...e, ...patch } : e)) });

  const submit = async () => {
    const result = await save({ planId, input: values, basedOn });
    const saved = result.data?.saveMobilityPlanDraft.draft;
    if (saved) setBasedOn(saved.updatedAt);
    if (!result.error) {
      setDirty(false);
      setNotice(t('mobilityPlan.edit.saved'));
    }
  };
  const release = async () => {
    const result = await publish({ planId, basedOn });
    if (!result.error && result.data?.publishMobilityPlan.published) onPublished();
  };
  const error = saving.error ?? publishing.error;

  const localisedInputs = (
    labels: { nl: string; en: string },
    value: Localised,
    onChange: (next: Localised) => void,
    long = false,
  ) => {
    const Input = long ? Textarea : TextInput;
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Input
          label={labels.nl}
          value={value.nl}
          autosize={long || undefined}
          onChange={(event) => onChange({ ...value, nl: event.currentTarget.value })}
        />
        <Input
          label={labels.en}
          value={value.en}
          autosize={long || undefined}
          onChange={(event) => onChange({ ...value, en: event.currentTarget.value })}
        />
      </SimpleGrid>
    );
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('mobilityPlan.edit.heading', { number: draft.number })}
      </Title>
      <Fieldset legend={t('mobilityPlan.edit.general')}>
        <Stack gap="sm">
          {localisedInputs(
            { nl: t('mobilityPlan.edit.titleNl'), en: t('mobilityPlan.edit.titleEn') },
            values.title,
            (title) => change({ ...values, title }),
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('mobilityPlan.edit.employmentEndDate')}
              description={t('mobilityPlan.edit.employmentEndHelp')}
              value={values.employmentEndDate}
              onChange={(event) => change({ ...values, employmentEndDate: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('mobilityPlan.edit.choiceDeadline')}
              value={values.choiceDeadline}
              onChange={(event) => change({ ...values, choiceDeadline: event.currentTarget.value })}
            />
            <NumberInput
              label={t('mobilityPlan.edit.helpHourValue')}
              description={t('mobilityPlan.edit.helpHourValueHelp')}
              value={values.helpHourValueEur}
              min={0}
              onChange={(value) => change({ ...values, helpHourValueEur: Number(value) || 0 })}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      {values.paths.map((path, i) => (
        <Fieldset key={path.id ?? `new-${i}`} legend={t('mobilityPlan.edit.pathN', { n: i + 1 })}>
          <Stack gap="sm">
            <NativeSelect
              label={t('mobilityPlan.edit.kind')}
              value={path.kind}
              onChange={(event) => setPath(i, { kind: event.currentTarget.value as MobilityPathKind })}
              data={PATH_KINDS.map((kind) => ({ value: kind, label: text.kinds[kind] }))}
            />
            {localisedInputs(
              { nl: t('mobilityPlan.edit.nameNl'), en: t('mobilityPlan.edit.nameEn') },
              path.name,
              (name) => setPath(i, { name }),
            )}
            {localisedInputs(
              { nl: t('mobilityPlan.edit.descriptionNl'), en: t('mobilityPlan.edit.descriptionEn') },
              path.description,
              (description) => setPath(i, { description }),
              true,
            )}
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <NumberInput
                label={t('mobilityPlan.edit.trainingBudget')}
                value={path.trainingBudgetEur}
                min={0}
                onChange={(value) => setPath(i, { trainingBudgetEur: Number(value) || 0 })}
              />
              <NumberInput
                label={t('mobilityPlan.edit.mediationHours')}
                value={path.mediationHours}
                min={0}
                onChange={(value) => setPath(i, { mediationHours: Number(value) || 0 })}
              />
              <NumberInput
                label={t('mobilityPlan.edit.coachingHours')}
                value={path.coachingHours}
                min={0}
                onChange={(value) => setPath(i, { coachingHours: Number(value) || 0 })}
              />
              <NumberInput
                label={t('mobilityPlan.edit.durationMonths')}
                value={path.durationMonths}
                min={0}
                allowDecimal={false}
                onChange={(value) => setPath(i, { durationMonths: Number(value) || 0 })}
              />
            </SimpleGrid>
            {localisedInputs(
              { nl: t('mobilityPlan.edit.conditionsNl'), en: t('mobilityPlan.edit.conditionsEn') },
              path.conditions,
              (conditions) => setPath(i, { conditions }),
              true,
            )}
            <Checkbox
              label={t('mobilityPlan.edit.keepsWw')}
              checked={path.keepsUnemploymentBenefit}
              onChange={(event) => setPath(i, { keepsUnemploymentBenefit: event.currentTarget.checked })}
            />
            <Checkbox
              label={t('mobilityPlan.edit.followUp')}
              checked={path.followUp ?? path.kind === 'GUIDANCE'}
              onChange={(event) => setPath(i, { followUp: event.currentTarget.checked })}
            />
            {path.elements.map((element, j) => (
              <Fieldset key={j} legend={t('mobilityPlan.edit.amountN', { n: j + 1 })}>
                <Stack gap="xs">
                  <NativeSelect
                    label={t('mobilityPlan.edit.elementKind')}
                    value={element.kind}
                    onChange={(event) =>
                      setElement(i, j, { kind: event.currentTarget.value as FinancialElementKind })
                    }
                    data={ELEMENT_KINDS.map((kind) => ({ value: kind, label: text.elementKinds[kind] }))}
                  />
                  {localisedInputs(
                    { nl: t('mobilityPlan.edit.descNl'), en: t('mobilityPlan.edit.descEn') },
                    element.description,
                    (description) => setElement(i, j, { description }),
                  )}
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {NUMBERS[element.kind].map((field) => (
                      <NumberInput
                        key={field}
                        label={t(numberLabel(element.kind, field))}
                        value={(element[field] as number | null | undefined) ?? ''}
                        min={0}
                        onChange={(value) =>
                          setElement(i, j, { [field]: value === '' ? null : Number(value) })
                        }
                      />
                    ))}
                  </SimpleGrid>
                  <Group justify="flex-end">
                    <Button
                      variant="outline"
                      color="red.9"
                      size="xs"
                      onClick={() => setPath(i, { elements: path.elements.filter((_, k) => k !== j) })}
                    >
                      {t('mobilityPlan.edit.removeAmount', { n: j + 1 })}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            ))}
            <Group justify="space-between">
              <Button
                variant="outline"
                size="xs"
                onClick={() =>
                  setPath(i, {
                    elements: [
                      ...path.elements,
                      { kind: 'LUMP_SUM', description: { nl: '', en: '' }, amountEur: null, month: 1 },
                    ],
                  })
                }
              >
                {t('mobilityPlan.edit.addAmount', { n: i + 1 })}
              </Button>
              <Button
                variant="outline"
                color="red.9"
                size="xs"
                onClick={() => change({ ...values, paths: values.paths.filter((_, k) => k !== i) })}
              >
                {t('mobilityPlan.edit.removePath', { n: i + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <div>
        <Button
          variant="outline"
          onClick={() =>
            change({
              ...values,
              paths: [
                ...values.paths,
                {
                  kind: 'OTHER',
                  name: { nl: '', en: '' },
                  description: { nl: '', en: '' },
                  trainingBudgetEur: 0,
                  mediationHours: 0,
                  coachingHours: 0,
                  durationMonths: 0,
                  conditions: { nl: '', en: '' },
                  keepsUnemploymentBenefit: true,
                  elements: [],
                },
              ],
            })
          }
        >
          {t('mobilityPlan.edit.addPath')}
        </Button>
      </div>

      <Fieldset legend={t('mobilityPlan.edit.guide')}>
        <Stack gap="sm">
          {values.guide.map((section, i) => (
            <Stack key={i} gap="xs">
              <Text fw={600}>{t('mobilityPlan.edit.sectionN', { n: i + 1 })}</Text>
              {localisedInputs(
                { nl: t('mobilityPlan.edit.sectionTitleNl'), en: t('mobilityPlan.edit.sectionTitleEn') },
                section.title,
                (title) =>
                  change({ ...values, guide: values.guide.map((s, k) => (k === i ? { ...s, title } : s)) }),
              )}
              {localisedInputs(
                { nl: t('mobilityPlan.edit.sectionBodyNl'), en: t('mobilityPlan.edit.sectionBodyEn') },
                section.body,
                (body) =>
                  change({ ...values, guide: values.guide.map((s, k) => (k === i ? { ...s, body } : s)) }),
                true,
              )}
              <Group justify="flex-end">
                <Button
                  variant="outline"
                  color="red.9"
                  size="xs"
                  onClick={() => change({ ...values, guide: values.guide.filter((_, k) => k !== i) })}
                >
                  {t('mobilityPlan.edit.removeSection', { n: i + 1 })}
                </Button>
              </Group>
            </Stack>
          ))}
          <div>
            <Button
              variant="outline"
              size="xs"
              onClick={() =>
                change({
                  ...values,
                  guide: [...values.guide, { title: { nl: '', en: '' }, body: { nl: '', en: '' } }],
                })
              }
            >
              {t('mobilityPlan.edit.addSection')}
            </Button>
          </div>
        </Stack>
      </Fieldset>

      {error && (
        <Alert color="red" role="alert">
          {actionMessage(error, i18n.language, t)}
        </Alert>
      )}
      <div role="status">
        {notice && <Text>{notice}</Text>}
        {dirty && <Text c="dimmed">{t('mobilityPlan.edit.unsaved')}</Text>}
      </div>
      <Text size="sm">{t('mobilityPlan.edit.publishHelp')}</Text>
      <Group>
        <Button onClick={() => void submit()} loading={saving.fetching}>
          {t('mobilityPlan.edit.save')}
        </Button>
        <Button
          variant="outline"
          onClick={() => void release()}
          loading={publishing.fetching}
          disabled={dirty}
        >
          {t('mobilityPlan.edit.publish')}
        </Button>
      </Group>
    </Stack>
  );
}

type NumberLabel =
  | 'mobilityPlan.edit.factor'
  | 'mobilityPlan.edit.amountEur'
  | 'mobilityPlan.edit.salaryMonths'
  | 'mobilityPlan.edit.continuedMonths'
  | 'mobilityPlan.edit.month'
  | 'mobilityPlan.edit.percent'
  | 'mobilityPlan.edit.fromMonth';

function numberLabel(kind: FinancialElementKind, field: keyof FinancialElementInput): NumberLabel {
  if (field === 'months')
    return kind === 'SALARY_SUPPLEMENT'
      ? 'mobilityPlan.edit.salaryMonths'
      : 'mobilityPlan.edit.continuedMonths';
  return `mobilityPlan.edit.${field as 'factor' | 'amountEur' | 'month' | 'percent' | 'fromMonth'}`;
}
