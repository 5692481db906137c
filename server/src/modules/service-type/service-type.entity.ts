// The catalogue of services volunteers offer (health checks, legal aid, audiobooks, ...).
import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';
import { RegistryStatus } from '../../common/registry-status';

export enum ServiceAudience {
  GENERAL = 'GENERAL',
  YOUTH = 'YOUTH',
  BLIND = 'BLIND',
}
registerEnumType(ServiceAudience, { name: 'ServiceAudience' });

@ObjectType({ implements: Node })
@Entity()
export class ServiceType extends BaseEntity {
  @Field()
  @Index({ unique: true })
  @Column()
  code: string;

  @Field({ description: 'Chinese name shown on the public board.' })
  @Column()
  name: string;

  @Field()
  @Column()
  nameEn: string;

  @Field(() => ServiceAudience)
  @Index()
  @Column({ type: 'enum', enum: ServiceAudience, enumName: 'service_audience', default: ServiceAudience.GENERAL })
  audience: ServiceAudience;
  @Field(() => RegistryStatus)
  @Column({ type: 'enum', enum: RegistryStatus, enumName: 'registry_status', default: RegistryStatus.ACTIVE })
  status: RegistryStatus;
}
