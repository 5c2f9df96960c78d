// First, before the app's modules evaluate: the replication workers start loading.
import './boot-workers.ts';
import { mount } from 'svelte';
import Root from './Root.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// Mounted in a task of its own, after the modules' evaluation: two shorter tasks, not one long one.
setTimeout(() => mount(Root, { target }), 0);
