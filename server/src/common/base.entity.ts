// Columns every table shares: a bigint identity, timestamps and an optimistic-lock version.
import { CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { Node } from './node';

@ObjectType() // decorated so subclasses inherit its fields; never referenced, so never emitted
export abstract class BaseEntity extends Node {
  // bigint ids come back from pg as strings; the GraphQL `id` is the opaque global id (see node.ts).
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with an update.' })
  @VersionColumn({ default: 1 })
  version: number;
}

/** Records that are evidence (hours, visits, donations) are never hard-deleted. */
@ObjectType() // decorated so subclasses inherit its fields; never referenced, so never emitted
export abstract class EvidenceEntity extends BaseEntity {
  @DeleteDateColumn({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}
