// Service-record certificates (志愿服务记录证明): what was certified for a volunteer, frozen when it
// was issued (the PDF and the public verification page both render this snapshot), and whether it
// was revoked since.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { Volunteer } from '../volunteer/volunteer.entity';
import { Organisation } from '../organisation/organisation.entity';
import { UserAccount } from '../account/user-account.entity';
import { CertificateFacts } from './certificate.types';

@ObjectType({ implements: Node, description: 'A service-record certificate (志愿服务记录证明).' })
@Entity()
export class ServiceCertificate extends BaseEntity {
  @Field({ description: 'The short code printed on it and spoken over the phone (e.g. 7K3M-9QPD-XW4R).' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 14 })
  code: string;

  @Index()
  @Column({ type: 'bigint' })
  volunteerId: string;

  @ManyToOne(() => Volunteer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'volunteer_id' })
  volunteer?: Volunteer;

  @Index()
  @Column({ type: 'bigint' })
  issuerId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issuer_id' })
  issuer?: Organisation;

  @Index()
  @Column({ type: 'bigint' })
  issuedById: string;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_id' })
  issuedBy?: UserAccount;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  /** The facts as certified; never updated (a later certificate has its own). */
  @Field(() => CertificateFacts)
  @Column({ type: 'jsonb' })
  facts: CertificateFacts;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  revokedById: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revoked_by_id' })
  revokedBy?: UserAccount;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  revokeReason: string | null;
}
