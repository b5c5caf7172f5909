// Entry point of the action's post step bundle (dist/post.js).
import { runPost } from './runner-audit.js';

void runPost();
