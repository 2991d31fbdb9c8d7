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
USER 10001
# Only HTTP mode listens (PORT, default 3000); Socket Mode makes outbound connections only.
EXPOSE 3000
# Configuration comes from the environment at run time (SLACK_BOT_TOKEN, SLACK_APP_TOKEN, AWS_REGION, ...);
# no secret is baked into the image.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/peerbot/peerbot.jar"]
CMD ["run"]
