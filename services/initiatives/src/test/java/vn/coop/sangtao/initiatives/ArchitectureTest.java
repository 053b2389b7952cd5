package vn.coop.sangtao.initiatives;

import vn.coop.sangtao.platform.test.DomainPurityContract;

class ArchitectureTest extends DomainPurityContract {

    ArchitectureTest() {
        super("vn.coop.sangtao.initiatives");
    }
}
