package vn.coop.sangtao.awards;

import vn.coop.sangtao.platform.test.DomainPurityContract;

class ArchitectureTest extends DomainPurityContract {

    ArchitectureTest() {
        super("vn.coop.sangtao.awards");
    }
}
