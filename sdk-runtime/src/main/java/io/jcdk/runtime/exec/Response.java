package io.jcdk.runtime.exec;

/** How the current call has been responded to so far. */
public enum Response {
    NONE, REPLIED, REJECTED
}
