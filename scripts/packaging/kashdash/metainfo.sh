#!/usr/bin/env bash
# Prints the game's AppStream metainfo for version $1, released on day $2 (Unix seconds).
# Screenshots are the committed ones in docs/screenshots, published beside the downloads.
set -euo pipefail
version="$1"
day=$(date -u -d "@$2" +%Y-%m-%d)
screens="https://kashdash.example.org/screenshots"
cat <<XML
<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>org.kashdash.KashDash</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>LicenseRef-proprietary</project_license>
  <name>Kash Dash</name>
  <summary>Fly with police dogs and learn to stay safe online</summary>
  <developer_name>The Kash Dash team</developer_name>
  <description>
    <p>
      Kash Dash is a one-button flying game for children aged 7 to 13. Fly with police dogs
      Kash, Emma and Jasper through gates, collect badges, and answer short safety messages
      about life online: friend requests from strangers, "you've won!" links, passwords,
      photos, bullying and screen time. Every choice gets kind, clear feedback.
    </p>
    <p>
      Every round ends with the lesson in one sentence, "tell a trusted adult", and links to
      real advice. The game works fully offline, can be played with one switch, at slower
      speeds, with a dyslexia-friendly font and with less motion.
    </p>
  </description>
  <launchable type="desktop-id">org.kashdash.KashDash.desktop</launchable>
  <url type="homepage">https://kashdash.example.org/</url>
  <categories>
    <category>Game</category>
    <category>KidsGame</category>
  </categories>
  <provides>
    <binary>kashdash</binary>
  </provides>
  <!-- Anonymous counts (no identifiers) go to a school's own server only when one is set. -->
  <content_rating type="oars-1.1">
    <content_attribute id="social-info">mild</content_attribute>
  </content_rating>
  <supports>
    <control>keyboard</control>
    <control>pointing</control>
    <control>touch</control>
    <control>gamepad</control>
  </supports>
  <screenshots>
    <screenshot type="default">
      <caption>Fly through the gates</caption>
      <image>$screens/play.png</image>
    </screenshot>
    <screenshot>
      <caption>A safety message: play waits while you read</caption>
      <image>$screens/message.png</image>
    </screenshot>
    <screenshot>
      <caption>Kind feedback that explains the safe choice</caption>
      <image>$screens/feedback.png</image>
    </screenshot>
    <screenshot>
      <caption>The lesson, your rank and where to get help</caption>
      <image>$screens/round-end.png</image>
    </screenshot>
  </screenshots>
  <releases>
    <release version="$version" date="$day">
      <description>
        <p>First release as Debian packages: installs with apt, no Swift toolchain needed.</p>
      </description>
    </release>
  </releases>
</component>
XML
