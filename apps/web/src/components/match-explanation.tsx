import { Accordion } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lazyPart } from './lazy-part';
import { QueryLoading } from './query-state';

const OpenedExplanation = lazyPart(() =>
  import('./match-explanation-parts').then((module) => module.OpenedExplanation),
);

/**
 * "Waarom deze match?": the score's parts in plain language, what fits, what is missing, what would help. Read and
 * built when the person first opens it: a list of twenty suggestions would otherwise download twenty explanations
 * (about 100 kB) and build twenty tables that nobody has asked for before its first answer button works.
 */
export function MatchExplanation({ candidateId, vacancyId }: { candidateId: string; vacancyId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  const [everOpened, setEverOpened] = useState(false);
  return (
    <Accordion
      variant="contained"
      chevronPosition="left"
      value={opened}
      onChange={(value) => {
        setOpened(value);
        if (value) setEverOpened(true);
      }}
    >
      <Accordion.Item value="explanation">
        <Accordion.Control
          onPointerEnter={() => void OpenedExplanation.preload()}
          onFocus={() => void OpenedExplanation.preload()}
        >
          {t('explanation.toggle')}
        </Accordion.Control>
        <Accordion.Panel>
          {everOpened && (
            <Suspense fallback={<QueryLoading />}>
              <OpenedExplanation candidateId={candidateId} vacancyId={vacancyId} />
            </Suspense>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
