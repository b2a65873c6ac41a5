import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { SuggestSkillsQuery } from '@web/components/skill-picker.graphql';
import type { SkillOption } from '@web/components/skill-picker';
import type { SuggestSkillsQuery as SuggestSkillsResult } from '@web/graphql/generated/graphql';
import { actionMessage } from '@web/graphql/errors';
import { currentLanguage } from '@web/i18n/i18n';
import { skillName } from '@web/i18n/skill-name';

type Suggestion = SuggestSkillsResult['suggestSkillsFromText'][number];

/** Below this estimated chance of being accepted, a suggestion is more often noise than help (bench:skill-suggestions). */
const MIN_CONFIDENCE = 0.2;
/** Below this, it is shown as unsure. */
const SURE_CONFIDENCE = 0.5;

interface Props {
  /** The profile's own words: what the candidate is good at and what they want. */
  text: string;
  /** Skills already on the profile, as strength or as wish to learn: not suggested again. */
  taken: readonly string[];
  addStrength(skill: SkillOption): void;
  addDevelopment(skill: SkillOption): void;
}

/**
 * "Suggest skills from the sketch": ESCO skills found in the profile's own words, split into what the candidate
 * can do and what they want to learn, each added by the HR lead with one click. Nothing is added unasked: the
 * suggestions are a first reading of the text, not a judgement about the person.
 */
export function SkillSuggestions({ text, taken, addStrength, addDevelopment }: Props) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  const client = useClient();
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ask = async () => {
    setAsking(true);
    setProblem(null);
    const result = await client
      .query(SuggestSkillsQuery, { text }, { requestPolicy: 'network-only' })
      .toPromise();
    setAsking(false);
    if (result.error) setProblem(actionMessage(result.error, i18n.language, t));
    else setSuggestions(result.data?.suggestSkillsFromText ?? []);
  };
  const open = (suggestions ?? []).filter(
    (s) => s.confidence >= MIN_CONFIDENCE && !taken.includes(s.skillId),
  );
  const option = (s: Suggestion): SkillOption => ({
    id: s.skillId,
    label: skillName({ labelNl: s.preferredLabelNl, labelEn: s.preferredLabelEn }, language),
  });
  const group = (intent: Suggestion['intent']) => open.filter((s) => s.intent === intent);

  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="outline"
          onClick={() => void ask()}
          loading={asking}
          disabled={text.trim().length === 0}
        >
          {t('hr.candidate.suggest.button')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('hr.candidate.suggest.help')}
        </Text>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {suggestions && (
        <div role="status">
          {open.length === 0 ? (
            <Text size="sm">{t('hr.candidate.suggest.none')}</Text>
          ) : (
            <Stack gap="sm">
              {(['CAN', 'WANTS_TO_LEARN'] as const).map(
                (intent) =>
                  group(intent).length > 0 && (
                    <Stack
                      gap={4}
                      key={intent}
                      component="section"
                      aria-label={t(`hr.candidate.suggest.${intent}`)}
                    >
                      <Text fw={600}>{t(`hr.candidate.suggest.${intent}`)}</Text>
                      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                        {group(intent).map((s) => (
                          <Group
                            component="li"
                            key={s.skillId}
                            gap="xs"
                            wrap="nowrap"
                            justify="space-between"
                          >
                            <div>
                              <Text size="sm">{option(s).label}</Text>
                              <Text size="xs" c="dimmed">
                                {t('hr.candidate.suggest.from', { words: s.matchedText })}
                                {s.confidence < SURE_CONFIDENCE && (
                                  <Badge ml="xs" size="xs" variant="outline" color="gray.8">
                                    {t('hr.candidate.suggest.unsure')}
                                  </Badge>
                                )}
                              </Text>
                            </div>
                            <Button
                              size="xs"
                              variant="outline"
                              aria-label={t(
                                intent === 'CAN'
                                  ? 'hr.candidate.suggest.addStrengthOf'
                                  : 'hr.candidate.suggest.addWishOf',
                                { skill: option(s).label },
                              )}
                              onClick={() => (intent === 'CAN' ? addStrength : addDevelopment)(option(s))}
                            >
                              {t(
                                intent === 'CAN'
                                  ? 'hr.candidate.suggest.addStrength'
                                  : 'hr.candidate.suggest.addWish',
                              )}
                            </Button>
                          </Group>
                        ))}
                      </Stack>
                    </Stack>
                  ),
              )}
            </Stack>
          )}
        </div>
      )}
    </Stack>
  );
}
