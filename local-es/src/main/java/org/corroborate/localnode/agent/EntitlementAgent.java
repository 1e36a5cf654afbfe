package org.corroborate.localnode.agent;

import java.lang.instrument.Instrumentation;

import org.elasticsearch.entitlement.initialization.EntitlementInitialization;

/**
 * Stands in for Elasticsearch's unpublished entitlement agent: Elasticsearch 9.5 attaches it to
 * itself at start-up (entitlements cannot be switched off), and it hands the instrumentation to
 * the entitlement machinery.
 */
public final class EntitlementAgent {
    private EntitlementAgent() {
    }

    public static void agentmain(String args, Instrumentation inst) throws Exception {
        EntitlementInitialization.initialize(inst);
    }
}
