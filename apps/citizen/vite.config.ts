import { webAppConfig } from '../../packages/ui/vite-app.ts';

// Served by the API server at /.
export default webAppConfig({ base: '/', port: 5173 });
