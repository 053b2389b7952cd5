package vn.coop.sangtao.integrations;

import vn.coop.sangtao.platform.test.DomainPurityContract;

class ArchitectureTest extends DomainPurityContract {

    ArchitectureTest() {
        super("vn.coop.sangtao.integrations");
    }
}
