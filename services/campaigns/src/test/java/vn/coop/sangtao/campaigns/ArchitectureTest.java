package vn.coop.sangtao.campaigns;

import vn.coop.sangtao.platform.test.DomainPurityContract;

class ArchitectureTest extends DomainPurityContract {

    ArchitectureTest() {
        super("vn.coop.sangtao.campaigns");
    }
}
