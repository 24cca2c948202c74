import { webAppConfig } from '../../packages/ui/vite-app.ts';

// Served by the API server at /staff/.
export default webAppConfig({ base: '/staff/', port: 5174 });
