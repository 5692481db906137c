// The four-level administrative tree: city → district/county → subdistrict/township → community/village.
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Node } from '../../common/node';

export enum RegionLevel {
  CITY = 'CITY',
  DISTRICT = 'DISTRICT',
  SUBDISTRICT = 'SUBDISTRICT',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: '市 / 区县 / 街办乡镇 / 社区村' });

@ObjectType({ implements: Node })
@Directive('@key(fields: "id")')
@Entity()
export class Region extends BaseEntity {
  @Index('idx_region_name_trgm', { synchronize: false }) // trigram GIN, created in the migration
  @Field()
  @Column()
  name: string;

  @Field({ description: 'Administrative division code.' })
  @Index({ unique: true })
  @Column()
  code: string;

  @Field(() => RegionLevel)
  @Index()
  @Column({ type: 'enum', enum: RegionLevel, enumName: 'region_level' })
  level: RegionLevel;

  @Index()
  @Column({ type: 'bigint', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Region;

  /**
   * Materialised path of ancestor ids, e.g. `/1/5/23/`. A subtree is `path LIKE '/1/5/%'`,
   * served by a text_pattern_ops index (see the migration).
   */
  @Index('idx_region_path', { synchronize: false })
  @Column()
  path: string;

  @Field(() => Int, { description: '0 for the city, 3 for a community.' })
  @Column({ type: 'smallint' })
  depth: number;

  /** Star thresholds in hours for this jurisdiction and below; null = inherit (city default 100/300/600/1000/1500). */
  @Column({ type: 'int', array: true, nullable: true })
  starThresholdsHours: number[] | null;
}
