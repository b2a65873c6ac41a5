import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailDelivery } from './mail-delivery.service';
import { MailMessageEntity } from './mail-message.entity';

/** Queue mail with `queueMail` (in the caller's transaction); the worker runs MailDelivery. */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessageEntity])],
  providers: [MailDelivery],
  exports: [MailDelivery],
})
export class MailModule {}
