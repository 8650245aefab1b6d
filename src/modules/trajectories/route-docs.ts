/** Shared pieces of the trajectory routes' OpenAPI descriptions. */
export const tags = ['trajectories'];
export const caseTeam =
  ' Who: a case manager of the trajectory’s case organisation (others who may read it get 403, anyone else 404).';
export const readers =
  ' Who: the case team, or staff of a partner organisation the candidate shared the case with (that read is logged); anyone else gets 404.';
