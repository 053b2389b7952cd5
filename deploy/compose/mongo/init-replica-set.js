// Runs once per `docker compose up` (service mongo-init) against mongo-1 as the administrator.
// Idempotent: a second run finds the replica set and the user and only re-applies the password,
// so changing MONGO_APP_PASSWORD in .env and running `up` again rotates it.
const databases = ["identity", "membership", "campaigns", "initiatives", "awards", "integrations"];

try {
  rs.status();
} catch (e) {
  if (e.codeName !== "NotYetInitialized") throw e;
  // mongo-1 is preferred as primary only so that this script, connected to it, can write at once
  rs.initiate({
    _id: "rs0",
    members: [
      { _id: 0, host: "mongo-1:27017", priority: 2 },
      { _id: 1, host: "mongo-2:27017", priority: 1 },
      { _id: 2, host: "mongo-3:27017", priority: 1 },
    ],
  });
}

while (!db.hello().isWritablePrimary) {
  sleep(1000);
}

// The services share one least-privilege user: read and write on their own databases, nothing else.
const admin = db.getSiblingDB("admin");
const roles = databases.map((name) => ({ role: "readWrite", db: name }));
const password = process.env.MONGO_APP_PASSWORD;
if (admin.getUser("sangtao") === null) {
  admin.createUser({ user: "sangtao", pwd: password, roles }, { w: "majority" });
} else {
  admin.updateUser("sangtao", { pwd: password, roles }, { w: "majority" });
}
print("replica set rs0 ready, user sangtao in place");
