import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lazyPart } from '@web/components/lazy-part';
import { useFormat } from '@web/format/use-format';
import type {
  CollegialRequestPartsFragment,
  NetworkPartsFragment,
  PlacementStatus,
} from '@web/graphql/generated/graphql';
import { useSharedText } from '@web/i18n/use-shared-text';
import { HR_PATHS } from '@web/routes/hr/hr-paths';
import { TEAM_PATHS } from '@web/routes/team/team-paths';
import { useSession, type Viewer } from '@web/session/viewer-context';

type Answer = CollegialRequestPartsFragment['answers'][number];

/** A placement that was declined or cancelled leaves the offer free for a new proposal. */
const GONE: PlacementStatus[] = ['DECLINED', 'CANCELLED'];

// The terms form (and the HR texts it reads) loads when the asker reaches for the button.
const OfferPlacementDialog = lazyPart(() =>
  import('./offer-placement-dialog').then((module) => module.OfferPlacementDialog),
);

/** Where the viewer reads the placement: its page for either employer's HR lead, the region's list for the team. */
function placementPath(viewer: Viewer, placementId: string, employers: string[]): string | undefined {
  if (viewer.role === 'MOBILITY_TEAM') return TEAM_PATHS.placements;
  if (viewer.role === 'HR_LEAD' && viewer.employerId && employers.includes(viewer.employerId))
    return HR_PATHS.placement(placementId);
  return undefined;
}

/**
 * A member's answer to a request, the placement it became (for every reader), and for the asker or the team the
 * way to turn an offer into a placement at that member.
 */
export function OfferAnswer(props: {
  network: NetworkPartsFragment;
  request: CollegialRequestPartsFragment;
  answer: Answer;
}) {
  const { network, request, answer } = props;
  const { t } = useTranslation();
  const { viewer } = useSession();
  const [open, setOpen] = useState(false);
  const [proposed, setProposed] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const id = `answer-${request.id}-${answer.employerId}`;
  const standing = answer.placement !== null && !GONE.includes(answer.placement.status);
  const asker =
    viewer.role === 'MOBILITY_TEAM' ||
    (viewer.role === 'HR_LEAD' && viewer.employerId === request.employerId);
  const offer = asker && answer.kind !== 'NOT_NOW';
  const confirmed = proposed && standing;
  // The button that had focus is gone once the placement shows: the confirmation takes it.
  useEffect(() => {
    if (confirmed) notice.current?.focus();
  }, [confirmed]);
  return (
    <Stack gap={4}>
      <Text size="sm" id={id}>
        <strong>{answer.employerName}</strong>: {t(`network.answerKinds.${answer.kind}`)}
        {answer.note && ` — ${answer.note}`}
      </Text>
      {answer.placement && (
        <OfferPlacementLine
          placement={answer.placement}
          host={answer.employerName}
          path={placementPath(viewer, answer.placement.id, [request.employerId, answer.employerId])}
        />
      )}
      {offer && (
        <div role="status">
          {confirmed && (
            <Text size="sm" c="teal.9" ref={notice} tabIndex={-1}>
              {t('network.requests.proposed', { employer: answer.employerName })}
            </Text>
          )}
        </div>
      )}
      {offer && !standing && (
        <div>
          <Button
            variant="outline"
            size="xs"
            aria-describedby={id}
            onPointerEnter={() => void OfferPlacementDialog.preload()}
            onFocus={() => void OfferPlacementDialog.preload()}
            onClick={() => setOpen(true)}
          >
            {t('network.requests.makePlacement')}
          </Button>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <OfferPlacementDialog
            network={network}
            request={request}
            answer={answer}
            onClose={() => setOpen(false)}
            onProposed={() => {
              setOpen(false);
              setProposed(true);
            }}
          />
        </Suspense>
      )}
    </Stack>
  );
}

function OfferPlacementLine({
  placement,
  host,
  path,
}: {
  placement: NonNullable<Answer['placement']>;
  host: string;
  path: string | undefined;
}) {
  const { t } = useTranslation();
  const shared = useSharedText();
  const format = useFormat();
  const status = shared.enums.placementStatus[placement.status];
  return (
    <Group gap="xs">
      <Text size="sm" fw={600}>
        {placement.startDate
          ? t('network.requests.placementFrom', { status, date: format.date(placement.startDate) })
          : t('network.requests.placement', { status })}
      </Text>
      {path && (
        <Anchor component={Link} to={path} size="sm">
          {t('network.requests.openPlacement', { employer: host })}
        </Anchor>
      )}
    </Group>
  );
}
