# Build with the Maven Wrapper on a JDK, run the production jar on a JRE as a non-root user.
# The image holds only bot/target/peerbot.jar: no stand-in and no sandbox class is in it.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY core core
COPY aws aws
COPY slack slack
COPY bot bot
# The bot's tests use the stand-ins, so the reactor builds them; they do not reach the jar.
COPY standins standins
COPY sandbox/pom.xml sandbox/pom.xml
RUN ./mvnw -B -q -pl bot -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system peerbot && useradd --system --gid peerbot --uid 10001 --no-create-home peerbot
COPY --from=build /src/bot/target/peerbot.jar /opt/peerbot/peerbot.jar
# Class-data sharing (AppCDS): a warm-up run that goes through a start (AWS clients and their calls, the Slack app's
# start and its Socket Mode connection, all to a closed local port) dumps the classes it loaded; every start maps them
# instead of loading and verifying them again (docs/benchmarks.md: spawn to Socket Mode open and RSS, with and
# without the archive). Built by the image's own JVM, as an archive only works with the JVM that made it.
RUN java -XX:ArchiveClassesAtExit=/opt/peerbot/peerbot.jsa -jar /opt/peerbot/peerbot.jar warm-up
USER 10001
# Only HTTP mode listens (PORT, default 3000); Socket Mode makes outbound connections only.
EXPOSE 3000
# Configuration comes from the environment at run time (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, AWS_REGION, ...);
# no secret is baked into the image.
# The heap may grow to three quarters of the container's memory limit, but starts at 64 MB and grows only as the
# bot's live data needs (15 MB after 1,000 commands): an initial heap taken as a share of the memory made its young
# generation hundreds of MB on a large host with no limit, RSS grew to ~290 MB as allocations touched it, and its
# first collection paused the bot for 73-85 ms (docs/benchmarks.md). The serial collector, as a chat bot's heap is
# small and its pauses (a few ms) go unnoticed, and it needs no GC threads or their memory. Only the quick JIT compiler (C1): the bot waits
# on Slack and AWS, not on its own code, and C2's compiling took up to a fifth of a start's CPU (docs/benchmarks.md).
# Without the archive (another JVM) it still starts: -Xshare:auto is the default.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/peerbot/peerbot.jsa", "-XX:MaxRAMPercentage=75", \
            "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", \
            "-jar", "/opt/peerbot/peerbot.jar"]
CMD ["run"]
