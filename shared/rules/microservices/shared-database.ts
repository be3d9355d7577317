/** microservices/shared-database: two or more microservices have edges to one database. */
import { defineRule } from '../define';
import { ownDatabasesFix } from '../fixes/own-databases';
import { names, nodeAnchor } from '../text';

export const sharedDatabase = defineRule({
  id: 'microservices/shared-database',
  severity: 'error',
  pattern: 'microservices',
  title: 'Microservices share a database',
  principle: 'Decentralized Data Management: Each service manages its own data storage and state.',
  kinds: ['database'],
  checkNode(db, ctx, emit) {
    const edges = ctx.incoming(db.id).filter((e) => ctx.node(e.source)?.kind === 'microservice');
    const users = [...new Set(edges.map((e) => e.source))].sort();
    if (users.length < 2) return;
    emit({
      anchor: nodeAnchor(db.id),
      nodes: [db.id, ...users],
      edges: edges.map((e) => e.id).sort(),
      message:
        `Database ${ctx.name(db.id)} is shared by ${users.length} microservices: ${names(ctx, users)}. ` +
        'Key to the microservices architecture is that each microservice owns its data and business logic (decentralized data management).',
      hint: 'Give each microservice its own database, and let the others ask the owning service (or subscribe to its events) instead of reading its tables.',
      fixes: [ownDatabasesFix(db.id)],
    });
  },
});
