import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType()
export class Notification {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field() textEn!: string;
  @Field() textNl!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) readAt!: Date | null;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [Notification], {
    description:
      'HR leads: their employer’s; job seekers: their own; mobility teams: their region’s. Newest first.',
  })
  myNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
  ): Promise<Notification[]> {
    return this.notifications.list(viewer, unreadOnly, limit);
  }

  @Query(() => Int, { description: 'How many of myNotifications are unread (0 for administrators)' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.countUnread(viewer);
  }

  @Mutation(() => Int, { description: 'Marks the viewer’s notifications read; returns how many changed' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }, ParseIdPipe) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(viewer, ids);
  }
}
