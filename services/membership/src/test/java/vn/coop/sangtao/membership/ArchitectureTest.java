package vn.coop.sangtao.membership;

import vn.coop.sangtao.platform.test.DomainPurityContract;

class ArchitectureTest extends DomainPurityContract {

    ArchitectureTest() {
        super("vn.coop.sangtao.membership");
    }
}
