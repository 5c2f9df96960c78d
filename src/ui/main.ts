// First, before the app's modules evaluate: the replication workers start loading.
import './boot-workers.ts';
import { mount } from 'svelte';
import Root from './Root.svelte';
import { runs } from './state/runs.svelte.ts';
import { scenario } from './state/scenario.svelte.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The first result may be kept (a reload, the demo): its look-up goes on while the page mounts.
if (scenario.valid) runs.lookUp(scenario.current);

// Mounted in a task of its own, after the modules' evaluation: two shorter tasks, not one long one.
setTimeout(() => mount(Root, { target }), 0);
