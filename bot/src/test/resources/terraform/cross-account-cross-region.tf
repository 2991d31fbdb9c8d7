# What peerbot made for pcx-0a1b2c3d4e5f60718: the peering connection, its acceptance, the routes through it, the
# security group rules for it and, where peerbot set them, the DNS options. Each resource has an import
# block with its real id (Terraform >= 1.5), so `terraform plan` after importing shows no changes.
# Give each provider credentials for its account, e.g. with an assume_role block.

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  alias               = "requester"
  region              = "eu-west-1"
  allowed_account_ids = ["111122223333"]
}

provider "aws" {
  alias               = "accepter"
  region              = "us-east-1"
  allowed_account_ids = ["222233334444"]
}

import {
  to = aws_vpc_peering_connection.this
  id = "pcx-0a1b2c3d4e5f60718"
}

resource "aws_vpc_peering_connection" "this" {
  provider      = aws.requester
  vpc_id        = "vpc-0aaa1111bbbb22223"
  peer_vpc_id   = "vpc-0eee5555ffff66667"
  peer_owner_id = "222233334444"
  peer_region   = "us-east-1"

  lifecycle {
    # peerbot keeps its record of the peering in these tags.
    ignore_changes = [tags]
  }
}

import {
  to = aws_vpc_peering_connection_accepter.this
  id = "pcx-0a1b2c3d4e5f60718"
}

resource "aws_vpc_peering_connection_accepter" "this" {
  provider                  = aws.accepter
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id

  lifecycle {
    ignore_changes = [tags]
  }
}

import {
  to = aws_vpc_peering_connection_options.requester
  id = "pcx-0a1b2c3d4e5f60718"
}

resource "aws_vpc_peering_connection_options" "requester" {
  provider                  = aws.requester
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.this.id

  requester {
    allow_remote_vpc_dns_resolution = true
  }
}

import {
  to = aws_vpc_peering_connection_options.accepter
  id = "pcx-0a1b2c3d4e5f60718"
}

resource "aws_vpc_peering_connection_options" "accepter" {
  provider                  = aws.accepter
  vpc_peering_connection_id = aws_vpc_peering_connection_accepter.this.id

  accepter {
    allow_remote_vpc_dns_resolution = true
  }
}

import {
  to = aws_route.requester_rtb_0a11111111111111a_10_20_0_0_16
  id = "rtb-0a11111111111111a_10.20.0.0/16"
}

resource "aws_route" "requester_rtb_0a11111111111111a_10_20_0_0_16" {
  provider                  = aws.requester
  route_table_id            = "rtb-0a11111111111111a"
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

import {
  to = aws_route.requester_rtb_0a11111111111111a_2600_1f18_abcd_1200___56
  id = "rtb-0a11111111111111a_2600:1f18:abcd:1200::/56"
}

resource "aws_route" "requester_rtb_0a11111111111111a_2600_1f18_abcd_1200___56" {
  provider                    = aws.requester
  route_table_id              = "rtb-0a11111111111111a"
  destination_ipv6_cidr_block = "2600:1f18:abcd:1200::/56"
  vpc_peering_connection_id   = aws_vpc_peering_connection.this.id
}

import {
  to = aws_route.requester_rtb_0b22222222222222b_10_20_0_0_16
  id = "rtb-0b22222222222222b_10.20.0.0/16"
}

resource "aws_route" "requester_rtb_0b22222222222222b_10_20_0_0_16" {
  provider                  = aws.requester
  route_table_id            = "rtb-0b22222222222222b"
  destination_cidr_block    = "10.20.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

import {
  to = aws_route.accepter_rtb_0f77777777777777f_10_10_0_0_16
  id = "rtb-0f77777777777777f_10.10.0.0/16"
}

resource "aws_route" "accepter_rtb_0f77777777777777f_10_10_0_0_16" {
  provider                  = aws.accepter
  route_table_id            = "rtb-0f77777777777777f"
  destination_cidr_block    = "10.10.0.0/16"
  vpc_peering_connection_id = aws_vpc_peering_connection.this.id
}

import {
  to = aws_vpc_security_group_ingress_rule.requester_sgr_0d44444444444444d
  id = "sgr-0d44444444444444d"
}

resource "aws_vpc_security_group_ingress_rule" "requester_sgr_0d44444444444444d" {
  provider          = aws.requester
  security_group_id = "sg-0c33333333333333c"
  ip_protocol       = "icmp"
  from_port         = -1
  to_port           = -1
  cidr_ipv4         = "10.20.0.0/16"
  description       = "peerbot pcx-0a1b2c3d4e5f60718"

  tags = {
    "peerbot:pcx" = "pcx-0a1b2c3d4e5f60718"
  }
}

import {
  to = aws_vpc_security_group_ingress_rule.accepter_sgr_0299999999999999b
  id = "sgr-0299999999999999b"
}

resource "aws_vpc_security_group_ingress_rule" "accepter_sgr_0299999999999999b" {
  provider          = aws.accepter
  security_group_id = "sg-0188888888888888a"
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "10.10.0.0/16"
  description       = "peerbot pcx-0a1b2c3d4e5f60718"

  tags = {
    "peerbot:pcx" = "pcx-0a1b2c3d4e5f60718"
  }
}

import {
  to = aws_vpc_security_group_ingress_rule.accepter_sgr_03aaaaaaaaaaaaaac
  id = "sgr-03aaaaaaaaaaaaaac"
}

resource "aws_vpc_security_group_ingress_rule" "accepter_sgr_03aaaaaaaaaaaaaac" {
  provider          = aws.accepter
  security_group_id = "sg-0188888888888888a"
  ip_protocol       = "icmp"
  from_port         = -1
  to_port           = -1
  cidr_ipv4         = "10.10.0.0/16"
  description       = "peerbot pcx-0a1b2c3d4e5f60718"

  tags = {
    "peerbot:pcx" = "pcx-0a1b2c3d4e5f60718"
  }
}
