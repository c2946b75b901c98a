/**
 * The one IPC channel between preload and main. The preload keeps its own copy of this string
 * (it may not import main code); tests/unit/security/preload.test.ts checks the built preload uses it.
 */
export const IPC_INVOKE_CHANNEL = 'sunlight:invoke'
