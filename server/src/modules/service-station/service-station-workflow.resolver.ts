import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context/context';
import { Permission } from '../../auth/permissions';
import { ServiceStation } from './service-station.entity';
import { StationBoardInput } from './service-station-workflow.inputs';
import { ServiceStationWorkflowService } from './service-station-workflow.service';

@Resolver(() => ServiceStation)
export class ServiceStationWorkflowResolver {
  private readonly service = new ServiceStationWorkflowService();

  @Authorized(Permission.EDIT_STATION_BOARD)
  @Mutation(() => ServiceStation, {
    description: 'Edits the station’s public board (its coordinator, or the region’s admins).',
  })
  updateStationBoard(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => StationBoardInput) input: StationBoardInput,
    @Ctx() ctx: Context,
  ) {
    return this.service.updateBoard(ctx, id, version, input);
  }
}
